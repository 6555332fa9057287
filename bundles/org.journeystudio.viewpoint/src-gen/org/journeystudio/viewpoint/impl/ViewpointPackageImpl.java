/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.AddValue;
import org.journeystudio.viewpoint.ArrowKind;
import org.journeystudio.viewpoint.CellStyle;
import org.journeystudio.viewpoint.ChangeContext;
import org.journeystudio.viewpoint.ConditionalCellStyle;
import org.journeystudio.viewpoint.ConditionalEdgeStyle;
import org.journeystudio.viewpoint.ConditionalNodeStyle;
import org.journeystudio.viewpoint.ConditionalStyle;
import org.journeystudio.viewpoint.ContainerArrangement;
import org.journeystudio.viewpoint.ContainerCreationTool;
import org.journeystudio.viewpoint.ContainerMapping;
import org.journeystudio.viewpoint.ContainerOperation;
import org.journeystudio.viewpoint.CreateInstance;
import org.journeystudio.viewpoint.CrossTableDescription;
import org.journeystudio.viewpoint.DeleteElement;
import org.journeystudio.viewpoint.DeleteTool;
import org.journeystudio.viewpoint.DiagramDescription;
import org.journeystudio.viewpoint.DiagramElementMapping;
import org.journeystudio.viewpoint.DiagramLayout;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.DocumentedElement;
import org.journeystudio.viewpoint.DoubleClickTool;
import org.journeystudio.viewpoint.DropTool;
import org.journeystudio.viewpoint.EdgeCreationTool;
import org.journeystudio.viewpoint.EdgeMapping;
import org.journeystudio.viewpoint.EdgeRouting;
import org.journeystudio.viewpoint.EdgeStyle;
import org.journeystudio.viewpoint.EditionTableDescription;
import org.journeystudio.viewpoint.ElementColumnMapping;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.Filter;
import org.journeystudio.viewpoint.ForEach;
import org.journeystudio.viewpoint.Group;
import org.journeystudio.viewpoint.IdentifiedElement;
import org.journeystudio.viewpoint.If;
import org.journeystudio.viewpoint.IntersectionMapping;
import org.journeystudio.viewpoint.LabelPosition;
import org.journeystudio.viewpoint.Layer;
import org.journeystudio.viewpoint.Let;
import org.journeystudio.viewpoint.LineMapping;
import org.journeystudio.viewpoint.LineStyle;
import org.journeystudio.viewpoint.MappingTool;
import org.journeystudio.viewpoint.ModelOperation;
import org.journeystudio.viewpoint.MoveElement;
import org.journeystudio.viewpoint.NodeCreationTool;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.NodeStyle;
import org.journeystudio.viewpoint.ReconnectKind;
import org.journeystudio.viewpoint.ReconnectTool;
import org.journeystudio.viewpoint.RemoveValue;
import org.journeystudio.viewpoint.RepresentationDescription;
import org.journeystudio.viewpoint.RepresentationElementMapping;
import org.journeystudio.viewpoint.RuleSeverity;
import org.journeystudio.viewpoint.SelectionVariable;
import org.journeystudio.viewpoint.SetValue;
import org.journeystudio.viewpoint.ShapeKind;
import org.journeystudio.viewpoint.Style;
import org.journeystudio.viewpoint.TableDescription;
import org.journeystudio.viewpoint.Tool;
import org.journeystudio.viewpoint.Unset;
import org.journeystudio.viewpoint.ValidationRule;
import org.journeystudio.viewpoint.Viewpoint;
import org.journeystudio.viewpoint.ViewpointFactory;
import org.journeystudio.viewpoint.ViewpointPackage;

import org.journeystudio.viewpoint.representation.RepresentationPackage;

import org.journeystudio.viewpoint.representation.impl.RepresentationPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ViewpointPackageImpl extends EPackageImpl implements ViewpointPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass viewpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass validationRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representationDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representationElementMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diagramElementMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abstractNodeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass styleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cellStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalNodeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalEdgeStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionalCellStyleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass filterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tableDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editionTableDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass crossTableDescriptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lineMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass featureColumnMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass elementColumnMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass intersectionMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass toolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mappingToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass nodeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass edgeCreationToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deleteToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reconnectToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directEditToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass doubleClickToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dropToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass selectionVariableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modelOperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass containerOperationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass changeContextEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass createInstanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass setValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass unsetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass removeValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moveElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deleteElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ifEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass forEachEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass letEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diagramLayoutEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum containerArrangementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum shapeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum labelPositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineStyleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum reconnectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ruleSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum edgeRoutingEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.journeystudio.viewpoint.ViewpointPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ViewpointPackageImpl() {
		super(eNS_URI, ViewpointFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ViewpointPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ViewpointPackage init() {
		if (isInited) return (ViewpointPackage)EPackage.Registry.INSTANCE.getEPackage(ViewpointPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredViewpointPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ViewpointPackageImpl theViewpointPackage = registeredViewpointPackage instanceof ViewpointPackageImpl ? (ViewpointPackageImpl)registeredViewpointPackage : new ViewpointPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(RepresentationPackage.eNS_URI);
		RepresentationPackageImpl theRepresentationPackage = (RepresentationPackageImpl)(registeredPackage instanceof RepresentationPackageImpl ? registeredPackage : RepresentationPackage.eINSTANCE);

		// Create package meta-data objects
		theViewpointPackage.createPackageContents();
		theRepresentationPackage.createPackageContents();

		// Initialize created meta-data
		theViewpointPackage.initializePackageContents();
		theRepresentationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theViewpointPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ViewpointPackage.eNS_URI, theViewpointPackage);
		return theViewpointPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentedElement() {
		return documentedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentedElement_Documentation() {
		return (EAttribute)documentedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentifiedElement() {
		return identifiedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiedElement_Name() {
		return (EAttribute)identifiedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentifiedElement_Label() {
		return (EAttribute)identifiedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroup() {
		return groupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroup_Viewpoints() {
		return (EReference)groupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getViewpoint() {
		return viewpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewpoint_ModelFileExtension() {
		return (EAttribute)viewpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getViewpoint_Services() {
		return (EAttribute)viewpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getViewpoint_Representations() {
		return (EReference)viewpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getViewpoint_ValidationRules() {
		return (EReference)viewpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValidationRule() {
		return validationRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValidationRule_Id() {
		return (EAttribute)validationRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValidationRule_Severity() {
		return (EAttribute)validationRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValidationRule_DomainClass() {
		return (EAttribute)validationRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValidationRule_ConditionExpression() {
		return (EAttribute)validationRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValidationRule_MessageExpression() {
		return (EAttribute)validationRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentationDescription() {
		return representationDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationDescription_DomainClass() {
		return (EAttribute)representationDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationDescription_Precondition() {
		return (EAttribute)representationDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationDescription_TitleExpression() {
		return (EAttribute)representationDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramDescription() {
		return diagramDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramDescription_Layout() {
		return (EAttribute)diagramDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramDescription_ColumnsExpression() {
		return (EAttribute)diagramDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_DefaultLayer() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_AdditionalLayers() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiagramDescription_Filters() {
		return (EReference)diagramDescriptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayer() {
		return layerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_ActiveByDefault() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_NodeMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_ContainerMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_EdgeMappings() {
		return (EReference)layerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_Tools() {
		return (EReference)layerEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentationElementMapping() {
		return representationElementMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationElementMapping_DomainClass() {
		return (EAttribute)representationElementMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationElementMapping_SemanticCandidates() {
		return (EAttribute)representationElementMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationElementMapping_Precondition() {
		return (EAttribute)representationElementMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiagramElementMapping() {
		return diagramElementMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiagramElementMapping_LabelExpression() {
		return (EAttribute)diagramElementMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbstractNodeMapping() {
		return abstractNodeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbstractNodeMapping_BorderedNodeMappings() {
		return (EReference)abstractNodeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_DetailExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_ColumnExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_AlignExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_LevelExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_XExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbstractNodeMapping_YExpression() {
		return (EAttribute)abstractNodeMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbstractNodeMapping_Style() {
		return (EReference)abstractNodeMappingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAbstractNodeMapping_ConditionalStyles() {
		return (EReference)abstractNodeMappingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeMapping() {
		return nodeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerMapping() {
		return containerMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContainerMapping_Arrangement() {
		return (EAttribute)containerMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerMapping_SubNodeMappings() {
		return (EReference)containerMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerMapping_SubContainerMappings() {
		return (EReference)containerMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeMapping() {
		return edgeMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_SourceMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_TargetMappings() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_UseDomainElement() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_SourceFinderExpression() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeMapping_TargetFinderExpression() {
		return (EAttribute)edgeMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_Style() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEdgeMapping_ConditionalStyles() {
		return (EReference)edgeMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStyle() {
		return styleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelColor() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelSize() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelBold() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStyle_LabelItalic() {
		return (EAttribute)styleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeStyle() {
		return nodeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_Shape() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_FillColor() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_BorderColor() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_BorderSize() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_BorderStyle() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_WidthExpression() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_HeightExpression() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_IconExpression() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNodeStyle_LabelPosition() {
		return (EAttribute)nodeStyleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeStyle() {
		return edgeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_LineStyle() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_Routing() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_Color() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_Size() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_SourceArrow() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEdgeStyle_TargetArrow() {
		return (EAttribute)edgeStyleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCellStyle() {
		return cellStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellStyle_Background() {
		return (EAttribute)cellStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellStyle_Foreground() {
		return (EAttribute)cellStyleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCellStyle_Bold() {
		return (EAttribute)cellStyleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalStyle() {
		return conditionalStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConditionalStyle_Predicate() {
		return (EAttribute)conditionalStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalNodeStyle() {
		return conditionalNodeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalNodeStyle_Style() {
		return (EReference)conditionalNodeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalEdgeStyle() {
		return conditionalEdgeStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalEdgeStyle_Style() {
		return (EReference)conditionalEdgeStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConditionalCellStyle() {
		return conditionalCellStyleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConditionalCellStyle_Style() {
		return (EReference)conditionalCellStyleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFilter() {
		return filterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_ActiveByDefault() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFilter_Mappings() {
		return (EReference)filterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFilter_ConditionExpression() {
		return (EAttribute)filterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTableDescription() {
		return tableDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTableDescription_LineMappings() {
		return (EReference)tableDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTableDescription_Tools() {
		return (EReference)tableDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEditionTableDescription() {
		return editionTableDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEditionTableDescription_Columns() {
		return (EReference)editionTableDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCrossTableDescription() {
		return crossTableDescriptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrossTableDescription_ColumnMappings() {
		return (EReference)crossTableDescriptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCrossTableDescription_Intersections() {
		return (EReference)crossTableDescriptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLineMapping() {
		return lineMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLineMapping_HeaderLabelExpression() {
		return (EAttribute)lineMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLineMapping_SubLines() {
		return (EReference)lineMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLineMapping_Style() {
		return (EReference)lineMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLineMapping_ConditionalStyles() {
		return (EReference)lineMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeatureColumnMapping() {
		return featureColumnMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureColumnMapping_FeatureName() {
		return (EAttribute)featureColumnMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureColumnMapping_LabelExpression() {
		return (EAttribute)featureColumnMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureColumnMapping_CanEdit() {
		return (EAttribute)featureColumnMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureColumnMapping_Width() {
		return (EAttribute)featureColumnMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeatureColumnMapping_CellEditor() {
		return (EReference)featureColumnMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeatureColumnMapping_Style() {
		return (EReference)featureColumnMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeatureColumnMapping_ConditionalStyles() {
		return (EReference)featureColumnMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getElementColumnMapping() {
		return elementColumnMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementColumnMapping_HeaderLabelExpression() {
		return (EAttribute)elementColumnMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getElementColumnMapping_Width() {
		return (EAttribute)elementColumnMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntersectionMapping() {
		return intersectionMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntersectionMapping_LineMapping() {
		return (EReference)intersectionMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntersectionMapping_ColumnMapping() {
		return (EReference)intersectionMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntersectionMapping_LabelExpression() {
		return (EAttribute)intersectionMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntersectionMapping_Precondition() {
		return (EAttribute)intersectionMappingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntersectionMapping_CellEditor() {
		return (EReference)intersectionMappingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntersectionMapping_Style() {
		return (EReference)intersectionMappingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntersectionMapping_ConditionalStyles() {
		return (EReference)intersectionMappingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTool() {
		return toolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTool_Precondition() {
		return (EAttribute)toolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTool_IconName() {
		return (EAttribute)toolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTool_Variables() {
		return (EReference)toolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTool_Operations() {
		return (EReference)toolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMappingTool() {
		return mappingToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMappingTool_Mappings() {
		return (EReference)mappingToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNodeCreationTool() {
		return nodeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerCreationTool() {
		return containerCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEdgeCreationTool() {
		return edgeCreationToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeleteTool() {
		return deleteToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReconnectTool() {
		return reconnectToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnectTool_Kind() {
		return (EAttribute)reconnectToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectEditTool() {
		return directEditToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectEditTool_EditMask() {
		return (EAttribute)directEditToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectEditTool_InputLabelExpression() {
		return (EAttribute)directEditToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDoubleClickTool() {
		return doubleClickToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDropTool() {
		return dropToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDropTool_DragSourceClass() {
		return (EAttribute)dropToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSelectionVariable() {
		return selectionVariableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSelectionVariable_CandidatesExpression() {
		return (EAttribute)selectionVariableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSelectionVariable_Multiple() {
		return (EAttribute)selectionVariableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSelectionVariable_NewElementLabel() {
		return (EAttribute)selectionVariableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModelOperation() {
		return modelOperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContainerOperation() {
		return containerOperationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContainerOperation_SubOperations() {
		return (EReference)containerOperationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChangeContext() {
		return changeContextEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeContext_BrowseExpression() {
		return (EAttribute)changeContextEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCreateInstance() {
		return createInstanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCreateInstance_TypeName() {
		return (EAttribute)createInstanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCreateInstance_ReferenceName() {
		return (EAttribute)createInstanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCreateInstance_VariableName() {
		return (EAttribute)createInstanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSetValue() {
		return setValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetValue_FeatureName() {
		return (EAttribute)setValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSetValue_ValueExpression() {
		return (EAttribute)setValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUnset() {
		return unsetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnset_FeatureName() {
		return (EAttribute)unsetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUnset_ElementExpression() {
		return (EAttribute)unsetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddValue() {
		return addValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddValue_FeatureName() {
		return (EAttribute)addValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddValue_ValueExpression() {
		return (EAttribute)addValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddValue_IndexExpression() {
		return (EAttribute)addValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemoveValue() {
		return removeValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoveValue_FeatureName() {
		return (EAttribute)removeValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemoveValue_ValueExpression() {
		return (EAttribute)removeValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMoveElement() {
		return moveElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMoveElement_NewContainerExpression() {
		return (EAttribute)moveElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMoveElement_FeatureName() {
		return (EAttribute)moveElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMoveElement_IndexExpression() {
		return (EAttribute)moveElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeleteElement() {
		return deleteElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeleteElement_ElementExpression() {
		return (EAttribute)deleteElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIf() {
		return ifEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIf_ConditionExpression() {
		return (EAttribute)ifEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForEach() {
		return forEachEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForEach_Expression() {
		return (EAttribute)forEachEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForEach_IteratorName() {
		return (EAttribute)forEachEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLet() {
		return letEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLet_VariableName() {
		return (EAttribute)letEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLet_ValueExpression() {
		return (EAttribute)letEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiagramLayout() {
		return diagramLayoutEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContainerArrangement() {
		return containerArrangementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getShapeKind() {
		return shapeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLabelPosition() {
		return labelPositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineStyle() {
		return lineStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrowKind() {
		return arrowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReconnectKind() {
		return reconnectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRuleSeverity() {
		return ruleSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEdgeRouting() {
		return edgeRoutingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ViewpointFactory getViewpointFactory() {
		return (ViewpointFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		documentedElementEClass = createEClass(DOCUMENTED_ELEMENT);
		createEAttribute(documentedElementEClass, DOCUMENTED_ELEMENT__DOCUMENTATION);

		identifiedElementEClass = createEClass(IDENTIFIED_ELEMENT);
		createEAttribute(identifiedElementEClass, IDENTIFIED_ELEMENT__NAME);
		createEAttribute(identifiedElementEClass, IDENTIFIED_ELEMENT__LABEL);

		groupEClass = createEClass(GROUP);
		createEReference(groupEClass, GROUP__VIEWPOINTS);

		viewpointEClass = createEClass(VIEWPOINT);
		createEAttribute(viewpointEClass, VIEWPOINT__MODEL_FILE_EXTENSION);
		createEAttribute(viewpointEClass, VIEWPOINT__SERVICES);
		createEReference(viewpointEClass, VIEWPOINT__REPRESENTATIONS);
		createEReference(viewpointEClass, VIEWPOINT__VALIDATION_RULES);

		validationRuleEClass = createEClass(VALIDATION_RULE);
		createEAttribute(validationRuleEClass, VALIDATION_RULE__ID);
		createEAttribute(validationRuleEClass, VALIDATION_RULE__SEVERITY);
		createEAttribute(validationRuleEClass, VALIDATION_RULE__DOMAIN_CLASS);
		createEAttribute(validationRuleEClass, VALIDATION_RULE__CONDITION_EXPRESSION);
		createEAttribute(validationRuleEClass, VALIDATION_RULE__MESSAGE_EXPRESSION);

		representationDescriptionEClass = createEClass(REPRESENTATION_DESCRIPTION);
		createEAttribute(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__DOMAIN_CLASS);
		createEAttribute(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__PRECONDITION);
		createEAttribute(representationDescriptionEClass, REPRESENTATION_DESCRIPTION__TITLE_EXPRESSION);

		diagramDescriptionEClass = createEClass(DIAGRAM_DESCRIPTION);
		createEAttribute(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__LAYOUT);
		createEAttribute(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__COLUMNS_EXPRESSION);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__DEFAULT_LAYER);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS);
		createEReference(diagramDescriptionEClass, DIAGRAM_DESCRIPTION__FILTERS);

		layerEClass = createEClass(LAYER);
		createEAttribute(layerEClass, LAYER__ACTIVE_BY_DEFAULT);
		createEReference(layerEClass, LAYER__NODE_MAPPINGS);
		createEReference(layerEClass, LAYER__CONTAINER_MAPPINGS);
		createEReference(layerEClass, LAYER__EDGE_MAPPINGS);
		createEReference(layerEClass, LAYER__TOOLS);

		representationElementMappingEClass = createEClass(REPRESENTATION_ELEMENT_MAPPING);
		createEAttribute(representationElementMappingEClass, REPRESENTATION_ELEMENT_MAPPING__DOMAIN_CLASS);
		createEAttribute(representationElementMappingEClass, REPRESENTATION_ELEMENT_MAPPING__SEMANTIC_CANDIDATES);
		createEAttribute(representationElementMappingEClass, REPRESENTATION_ELEMENT_MAPPING__PRECONDITION);

		diagramElementMappingEClass = createEClass(DIAGRAM_ELEMENT_MAPPING);
		createEAttribute(diagramElementMappingEClass, DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION);

		abstractNodeMappingEClass = createEClass(ABSTRACT_NODE_MAPPING);
		createEReference(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__XEXPRESSION);
		createEAttribute(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__YEXPRESSION);
		createEReference(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__STYLE);
		createEReference(abstractNodeMappingEClass, ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);

		nodeMappingEClass = createEClass(NODE_MAPPING);

		containerMappingEClass = createEClass(CONTAINER_MAPPING);
		createEAttribute(containerMappingEClass, CONTAINER_MAPPING__ARRANGEMENT);
		createEReference(containerMappingEClass, CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		createEReference(containerMappingEClass, CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS);

		edgeMappingEClass = createEClass(EDGE_MAPPING);
		createEReference(edgeMappingEClass, EDGE_MAPPING__SOURCE_MAPPINGS);
		createEReference(edgeMappingEClass, EDGE_MAPPING__TARGET_MAPPINGS);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__USE_DOMAIN_ELEMENT);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__SOURCE_FINDER_EXPRESSION);
		createEAttribute(edgeMappingEClass, EDGE_MAPPING__TARGET_FINDER_EXPRESSION);
		createEReference(edgeMappingEClass, EDGE_MAPPING__STYLE);
		createEReference(edgeMappingEClass, EDGE_MAPPING__CONDITIONAL_STYLES);

		styleEClass = createEClass(STYLE);
		createEAttribute(styleEClass, STYLE__LABEL_COLOR);
		createEAttribute(styleEClass, STYLE__LABEL_SIZE);
		createEAttribute(styleEClass, STYLE__LABEL_BOLD);
		createEAttribute(styleEClass, STYLE__LABEL_ITALIC);

		nodeStyleEClass = createEClass(NODE_STYLE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__SHAPE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__FILL_COLOR);
		createEAttribute(nodeStyleEClass, NODE_STYLE__BORDER_COLOR);
		createEAttribute(nodeStyleEClass, NODE_STYLE__BORDER_SIZE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__BORDER_STYLE);
		createEAttribute(nodeStyleEClass, NODE_STYLE__WIDTH_EXPRESSION);
		createEAttribute(nodeStyleEClass, NODE_STYLE__HEIGHT_EXPRESSION);
		createEAttribute(nodeStyleEClass, NODE_STYLE__ICON_EXPRESSION);
		createEAttribute(nodeStyleEClass, NODE_STYLE__LABEL_POSITION);

		edgeStyleEClass = createEClass(EDGE_STYLE);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__LINE_STYLE);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__ROUTING);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__COLOR);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__SIZE);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__SOURCE_ARROW);
		createEAttribute(edgeStyleEClass, EDGE_STYLE__TARGET_ARROW);

		cellStyleEClass = createEClass(CELL_STYLE);
		createEAttribute(cellStyleEClass, CELL_STYLE__BACKGROUND);
		createEAttribute(cellStyleEClass, CELL_STYLE__FOREGROUND);
		createEAttribute(cellStyleEClass, CELL_STYLE__BOLD);

		conditionalStyleEClass = createEClass(CONDITIONAL_STYLE);
		createEAttribute(conditionalStyleEClass, CONDITIONAL_STYLE__PREDICATE);

		conditionalNodeStyleEClass = createEClass(CONDITIONAL_NODE_STYLE);
		createEReference(conditionalNodeStyleEClass, CONDITIONAL_NODE_STYLE__STYLE);

		conditionalEdgeStyleEClass = createEClass(CONDITIONAL_EDGE_STYLE);
		createEReference(conditionalEdgeStyleEClass, CONDITIONAL_EDGE_STYLE__STYLE);

		conditionalCellStyleEClass = createEClass(CONDITIONAL_CELL_STYLE);
		createEReference(conditionalCellStyleEClass, CONDITIONAL_CELL_STYLE__STYLE);

		filterEClass = createEClass(FILTER);
		createEAttribute(filterEClass, FILTER__ACTIVE_BY_DEFAULT);
		createEReference(filterEClass, FILTER__MAPPINGS);
		createEAttribute(filterEClass, FILTER__CONDITION_EXPRESSION);

		tableDescriptionEClass = createEClass(TABLE_DESCRIPTION);
		createEReference(tableDescriptionEClass, TABLE_DESCRIPTION__LINE_MAPPINGS);
		createEReference(tableDescriptionEClass, TABLE_DESCRIPTION__TOOLS);

		editionTableDescriptionEClass = createEClass(EDITION_TABLE_DESCRIPTION);
		createEReference(editionTableDescriptionEClass, EDITION_TABLE_DESCRIPTION__COLUMNS);

		crossTableDescriptionEClass = createEClass(CROSS_TABLE_DESCRIPTION);
		createEReference(crossTableDescriptionEClass, CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS);
		createEReference(crossTableDescriptionEClass, CROSS_TABLE_DESCRIPTION__INTERSECTIONS);

		lineMappingEClass = createEClass(LINE_MAPPING);
		createEAttribute(lineMappingEClass, LINE_MAPPING__HEADER_LABEL_EXPRESSION);
		createEReference(lineMappingEClass, LINE_MAPPING__SUB_LINES);
		createEReference(lineMappingEClass, LINE_MAPPING__STYLE);
		createEReference(lineMappingEClass, LINE_MAPPING__CONDITIONAL_STYLES);

		featureColumnMappingEClass = createEClass(FEATURE_COLUMN_MAPPING);
		createEAttribute(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__FEATURE_NAME);
		createEAttribute(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION);
		createEAttribute(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__CAN_EDIT);
		createEAttribute(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__WIDTH);
		createEReference(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__CELL_EDITOR);
		createEReference(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__STYLE);
		createEReference(featureColumnMappingEClass, FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES);

		elementColumnMappingEClass = createEClass(ELEMENT_COLUMN_MAPPING);
		createEAttribute(elementColumnMappingEClass, ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION);
		createEAttribute(elementColumnMappingEClass, ELEMENT_COLUMN_MAPPING__WIDTH);

		intersectionMappingEClass = createEClass(INTERSECTION_MAPPING);
		createEReference(intersectionMappingEClass, INTERSECTION_MAPPING__LINE_MAPPING);
		createEReference(intersectionMappingEClass, INTERSECTION_MAPPING__COLUMN_MAPPING);
		createEAttribute(intersectionMappingEClass, INTERSECTION_MAPPING__LABEL_EXPRESSION);
		createEAttribute(intersectionMappingEClass, INTERSECTION_MAPPING__PRECONDITION);
		createEReference(intersectionMappingEClass, INTERSECTION_MAPPING__CELL_EDITOR);
		createEReference(intersectionMappingEClass, INTERSECTION_MAPPING__STYLE);
		createEReference(intersectionMappingEClass, INTERSECTION_MAPPING__CONDITIONAL_STYLES);

		toolEClass = createEClass(TOOL);
		createEAttribute(toolEClass, TOOL__PRECONDITION);
		createEAttribute(toolEClass, TOOL__ICON_NAME);
		createEReference(toolEClass, TOOL__VARIABLES);
		createEReference(toolEClass, TOOL__OPERATIONS);

		mappingToolEClass = createEClass(MAPPING_TOOL);
		createEReference(mappingToolEClass, MAPPING_TOOL__MAPPINGS);

		nodeCreationToolEClass = createEClass(NODE_CREATION_TOOL);

		containerCreationToolEClass = createEClass(CONTAINER_CREATION_TOOL);

		edgeCreationToolEClass = createEClass(EDGE_CREATION_TOOL);

		deleteToolEClass = createEClass(DELETE_TOOL);

		reconnectToolEClass = createEClass(RECONNECT_TOOL);
		createEAttribute(reconnectToolEClass, RECONNECT_TOOL__KIND);

		directEditToolEClass = createEClass(DIRECT_EDIT_TOOL);
		createEAttribute(directEditToolEClass, DIRECT_EDIT_TOOL__EDIT_MASK);
		createEAttribute(directEditToolEClass, DIRECT_EDIT_TOOL__INPUT_LABEL_EXPRESSION);

		doubleClickToolEClass = createEClass(DOUBLE_CLICK_TOOL);

		dropToolEClass = createEClass(DROP_TOOL);
		createEAttribute(dropToolEClass, DROP_TOOL__DRAG_SOURCE_CLASS);

		selectionVariableEClass = createEClass(SELECTION_VARIABLE);
		createEAttribute(selectionVariableEClass, SELECTION_VARIABLE__CANDIDATES_EXPRESSION);
		createEAttribute(selectionVariableEClass, SELECTION_VARIABLE__MULTIPLE);
		createEAttribute(selectionVariableEClass, SELECTION_VARIABLE__NEW_ELEMENT_LABEL);

		modelOperationEClass = createEClass(MODEL_OPERATION);

		containerOperationEClass = createEClass(CONTAINER_OPERATION);
		createEReference(containerOperationEClass, CONTAINER_OPERATION__SUB_OPERATIONS);

		changeContextEClass = createEClass(CHANGE_CONTEXT);
		createEAttribute(changeContextEClass, CHANGE_CONTEXT__BROWSE_EXPRESSION);

		createInstanceEClass = createEClass(CREATE_INSTANCE);
		createEAttribute(createInstanceEClass, CREATE_INSTANCE__TYPE_NAME);
		createEAttribute(createInstanceEClass, CREATE_INSTANCE__REFERENCE_NAME);
		createEAttribute(createInstanceEClass, CREATE_INSTANCE__VARIABLE_NAME);

		setValueEClass = createEClass(SET_VALUE);
		createEAttribute(setValueEClass, SET_VALUE__FEATURE_NAME);
		createEAttribute(setValueEClass, SET_VALUE__VALUE_EXPRESSION);

		unsetEClass = createEClass(UNSET);
		createEAttribute(unsetEClass, UNSET__FEATURE_NAME);
		createEAttribute(unsetEClass, UNSET__ELEMENT_EXPRESSION);

		addValueEClass = createEClass(ADD_VALUE);
		createEAttribute(addValueEClass, ADD_VALUE__FEATURE_NAME);
		createEAttribute(addValueEClass, ADD_VALUE__VALUE_EXPRESSION);
		createEAttribute(addValueEClass, ADD_VALUE__INDEX_EXPRESSION);

		removeValueEClass = createEClass(REMOVE_VALUE);
		createEAttribute(removeValueEClass, REMOVE_VALUE__FEATURE_NAME);
		createEAttribute(removeValueEClass, REMOVE_VALUE__VALUE_EXPRESSION);

		moveElementEClass = createEClass(MOVE_ELEMENT);
		createEAttribute(moveElementEClass, MOVE_ELEMENT__NEW_CONTAINER_EXPRESSION);
		createEAttribute(moveElementEClass, MOVE_ELEMENT__FEATURE_NAME);
		createEAttribute(moveElementEClass, MOVE_ELEMENT__INDEX_EXPRESSION);

		deleteElementEClass = createEClass(DELETE_ELEMENT);
		createEAttribute(deleteElementEClass, DELETE_ELEMENT__ELEMENT_EXPRESSION);

		ifEClass = createEClass(IF);
		createEAttribute(ifEClass, IF__CONDITION_EXPRESSION);

		forEachEClass = createEClass(FOR_EACH);
		createEAttribute(forEachEClass, FOR_EACH__EXPRESSION);
		createEAttribute(forEachEClass, FOR_EACH__ITERATOR_NAME);

		letEClass = createEClass(LET);
		createEAttribute(letEClass, LET__VARIABLE_NAME);
		createEAttribute(letEClass, LET__VALUE_EXPRESSION);

		// Create enums
		diagramLayoutEEnum = createEEnum(DIAGRAM_LAYOUT);
		containerArrangementEEnum = createEEnum(CONTAINER_ARRANGEMENT);
		shapeKindEEnum = createEEnum(SHAPE_KIND);
		labelPositionEEnum = createEEnum(LABEL_POSITION);
		lineStyleEEnum = createEEnum(LINE_STYLE);
		arrowKindEEnum = createEEnum(ARROW_KIND);
		reconnectKindEEnum = createEEnum(RECONNECT_KIND);
		ruleSeverityEEnum = createEEnum(RULE_SEVERITY);
		edgeRoutingEEnum = createEEnum(EDGE_ROUTING);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		identifiedElementEClass.getESuperTypes().add(this.getDocumentedElement());
		groupEClass.getESuperTypes().add(this.getIdentifiedElement());
		viewpointEClass.getESuperTypes().add(this.getIdentifiedElement());
		validationRuleEClass.getESuperTypes().add(this.getDocumentedElement());
		representationDescriptionEClass.getESuperTypes().add(this.getIdentifiedElement());
		diagramDescriptionEClass.getESuperTypes().add(this.getRepresentationDescription());
		layerEClass.getESuperTypes().add(this.getIdentifiedElement());
		representationElementMappingEClass.getESuperTypes().add(this.getIdentifiedElement());
		diagramElementMappingEClass.getESuperTypes().add(this.getRepresentationElementMapping());
		abstractNodeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		nodeMappingEClass.getESuperTypes().add(this.getAbstractNodeMapping());
		containerMappingEClass.getESuperTypes().add(this.getAbstractNodeMapping());
		edgeMappingEClass.getESuperTypes().add(this.getDiagramElementMapping());
		nodeStyleEClass.getESuperTypes().add(this.getStyle());
		edgeStyleEClass.getESuperTypes().add(this.getStyle());
		conditionalNodeStyleEClass.getESuperTypes().add(this.getConditionalStyle());
		conditionalEdgeStyleEClass.getESuperTypes().add(this.getConditionalStyle());
		conditionalCellStyleEClass.getESuperTypes().add(this.getConditionalStyle());
		filterEClass.getESuperTypes().add(this.getIdentifiedElement());
		tableDescriptionEClass.getESuperTypes().add(this.getRepresentationDescription());
		editionTableDescriptionEClass.getESuperTypes().add(this.getTableDescription());
		crossTableDescriptionEClass.getESuperTypes().add(this.getTableDescription());
		lineMappingEClass.getESuperTypes().add(this.getRepresentationElementMapping());
		featureColumnMappingEClass.getESuperTypes().add(this.getIdentifiedElement());
		elementColumnMappingEClass.getESuperTypes().add(this.getRepresentationElementMapping());
		intersectionMappingEClass.getESuperTypes().add(this.getIdentifiedElement());
		toolEClass.getESuperTypes().add(this.getIdentifiedElement());
		mappingToolEClass.getESuperTypes().add(this.getTool());
		nodeCreationToolEClass.getESuperTypes().add(this.getMappingTool());
		containerCreationToolEClass.getESuperTypes().add(this.getMappingTool());
		edgeCreationToolEClass.getESuperTypes().add(this.getMappingTool());
		deleteToolEClass.getESuperTypes().add(this.getMappingTool());
		reconnectToolEClass.getESuperTypes().add(this.getMappingTool());
		directEditToolEClass.getESuperTypes().add(this.getMappingTool());
		doubleClickToolEClass.getESuperTypes().add(this.getMappingTool());
		dropToolEClass.getESuperTypes().add(this.getMappingTool());
		selectionVariableEClass.getESuperTypes().add(this.getIdentifiedElement());
		containerOperationEClass.getESuperTypes().add(this.getModelOperation());
		changeContextEClass.getESuperTypes().add(this.getContainerOperation());
		createInstanceEClass.getESuperTypes().add(this.getContainerOperation());
		setValueEClass.getESuperTypes().add(this.getContainerOperation());
		unsetEClass.getESuperTypes().add(this.getContainerOperation());
		addValueEClass.getESuperTypes().add(this.getContainerOperation());
		removeValueEClass.getESuperTypes().add(this.getContainerOperation());
		moveElementEClass.getESuperTypes().add(this.getContainerOperation());
		deleteElementEClass.getESuperTypes().add(this.getContainerOperation());
		ifEClass.getESuperTypes().add(this.getContainerOperation());
		forEachEClass.getESuperTypes().add(this.getContainerOperation());
		letEClass.getESuperTypes().add(this.getContainerOperation());

		// Initialize classes, features, and operations; add parameters
		initEClass(documentedElementEClass, DocumentedElement.class, "DocumentedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentedElement_Documentation(), ecorePackage.getEString(), "documentation", null, 0, 1, DocumentedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identifiedElementEClass, IdentifiedElement.class, "IdentifiedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentifiedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, IdentifiedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentifiedElement_Label(), ecorePackage.getEString(), "label", null, 0, 1, IdentifiedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupEClass, Group.class, "Group", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGroup_Viewpoints(), this.getViewpoint(), null, "viewpoints", null, 0, -1, Group.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(viewpointEClass, Viewpoint.class, "Viewpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getViewpoint_ModelFileExtension(), ecorePackage.getEString(), "modelFileExtension", "journey", 0, 1, Viewpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getViewpoint_Services(), ecorePackage.getEString(), "services", null, 0, -1, Viewpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getViewpoint_Representations(), this.getRepresentationDescription(), null, "representations", null, 0, -1, Viewpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getViewpoint_ValidationRules(), this.getValidationRule(), null, "validationRules", null, 0, -1, Viewpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(validationRuleEClass, ValidationRule.class, "ValidationRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValidationRule_Id(), ecorePackage.getEString(), "id", null, 0, 1, ValidationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValidationRule_Severity(), this.getRuleSeverity(), "severity", null, 0, 1, ValidationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValidationRule_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, ValidationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValidationRule_ConditionExpression(), ecorePackage.getEString(), "conditionExpression", null, 0, 1, ValidationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValidationRule_MessageExpression(), ecorePackage.getEString(), "messageExpression", null, 0, 1, ValidationRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representationDescriptionEClass, RepresentationDescription.class, "RepresentationDescription", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentationDescription_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationDescription_Precondition(), ecorePackage.getEString(), "precondition", null, 0, 1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationDescription_TitleExpression(), ecorePackage.getEString(), "titleExpression", null, 0, 1, RepresentationDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramDescriptionEClass, DiagramDescription.class, "DiagramDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramDescription_Layout(), this.getDiagramLayout(), "layout", null, 0, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiagramDescription_ColumnsExpression(), ecorePackage.getEString(), "columnsExpression", null, 0, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_DefaultLayer(), this.getLayer(), null, "defaultLayer", null, 1, 1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_AdditionalLayers(), this.getLayer(), null, "additionalLayers", null, 0, -1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiagramDescription_Filters(), this.getFilter(), null, "filters", null, 0, -1, DiagramDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerEClass, Layer.class, "Layer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayer_ActiveByDefault(), ecorePackage.getEBoolean(), "activeByDefault", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_NodeMappings(), this.getNodeMapping(), null, "nodeMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_ContainerMappings(), this.getContainerMapping(), null, "containerMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_EdgeMappings(), this.getEdgeMapping(), null, "edgeMappings", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_Tools(), this.getTool(), null, "tools", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representationElementMappingEClass, RepresentationElementMapping.class, "RepresentationElementMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentationElementMapping_DomainClass(), ecorePackage.getEString(), "domainClass", null, 0, 1, RepresentationElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationElementMapping_SemanticCandidates(), ecorePackage.getEString(), "semanticCandidates", null, 0, 1, RepresentationElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationElementMapping_Precondition(), ecorePackage.getEString(), "precondition", null, 0, 1, RepresentationElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diagramElementMappingEClass, DiagramElementMapping.class, "DiagramElementMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiagramElementMapping_LabelExpression(), ecorePackage.getEString(), "labelExpression", null, 0, 1, DiagramElementMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abstractNodeMappingEClass, AbstractNodeMapping.class, "AbstractNodeMapping", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAbstractNodeMapping_BorderedNodeMappings(), this.getNodeMapping(), null, "borderedNodeMappings", null, 0, -1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_DetailExpression(), ecorePackage.getEString(), "detailExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_ColumnExpression(), ecorePackage.getEString(), "columnExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_AlignExpression(), ecorePackage.getEString(), "alignExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_LevelExpression(), ecorePackage.getEString(), "levelExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_XExpression(), ecorePackage.getEString(), "xExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbstractNodeMapping_YExpression(), ecorePackage.getEString(), "yExpression", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAbstractNodeMapping_Style(), this.getNodeStyle(), null, "style", null, 0, 1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAbstractNodeMapping_ConditionalStyles(), this.getConditionalNodeStyle(), null, "conditionalStyles", null, 0, -1, AbstractNodeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeMappingEClass, NodeMapping.class, "NodeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(containerMappingEClass, ContainerMapping.class, "ContainerMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContainerMapping_Arrangement(), this.getContainerArrangement(), "arrangement", null, 0, 1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerMapping_SubNodeMappings(), this.getNodeMapping(), null, "subNodeMappings", null, 0, -1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContainerMapping_SubContainerMappings(), this.getContainerMapping(), null, "subContainerMappings", null, 0, -1, ContainerMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeMappingEClass, EdgeMapping.class, "EdgeMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEdgeMapping_SourceMappings(), this.getDiagramElementMapping(), null, "sourceMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_TargetMappings(), this.getDiagramElementMapping(), null, "targetMappings", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_UseDomainElement(), ecorePackage.getEBoolean(), "useDomainElement", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_SourceFinderExpression(), ecorePackage.getEString(), "sourceFinderExpression", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeMapping_TargetFinderExpression(), ecorePackage.getEString(), "targetFinderExpression", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_Style(), this.getEdgeStyle(), null, "style", null, 0, 1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEdgeMapping_ConditionalStyles(), this.getConditionalEdgeStyle(), null, "conditionalStyles", null, 0, -1, EdgeMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(styleEClass, Style.class, "Style", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStyle_LabelColor(), ecorePackage.getEString(), "labelColor", "#202124", 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LabelSize(), ecorePackage.getEInt(), "labelSize", "9", 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LabelBold(), ecorePackage.getEBoolean(), "labelBold", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStyle_LabelItalic(), ecorePackage.getEBoolean(), "labelItalic", null, 0, 1, Style.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeStyleEClass, NodeStyle.class, "NodeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNodeStyle_Shape(), this.getShapeKind(), "shape", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_FillColor(), ecorePackage.getEString(), "fillColor", "#ffffff", 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_BorderColor(), ecorePackage.getEString(), "borderColor", "#5f6368", 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_BorderSize(), ecorePackage.getEInt(), "borderSize", "1", 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_BorderStyle(), this.getLineStyle(), "borderStyle", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_WidthExpression(), ecorePackage.getEString(), "widthExpression", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_HeightExpression(), ecorePackage.getEString(), "heightExpression", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_IconExpression(), ecorePackage.getEString(), "iconExpression", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNodeStyle_LabelPosition(), this.getLabelPosition(), "labelPosition", null, 0, 1, NodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(edgeStyleEClass, EdgeStyle.class, "EdgeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEdgeStyle_LineStyle(), this.getLineStyle(), "lineStyle", null, 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_Routing(), this.getEdgeRouting(), "routing", null, 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_Color(), ecorePackage.getEString(), "color", "#5f6368", 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_Size(), ecorePackage.getEInt(), "size", "1", 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_SourceArrow(), this.getArrowKind(), "sourceArrow", null, 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEdgeStyle_TargetArrow(), this.getArrowKind(), "targetArrow", "ARROW", 0, 1, EdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cellStyleEClass, CellStyle.class, "CellStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCellStyle_Background(), ecorePackage.getEString(), "background", null, 0, 1, CellStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellStyle_Foreground(), ecorePackage.getEString(), "foreground", null, 0, 1, CellStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCellStyle_Bold(), ecorePackage.getEBoolean(), "bold", null, 0, 1, CellStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalStyleEClass, ConditionalStyle.class, "ConditionalStyle", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConditionalStyle_Predicate(), ecorePackage.getEString(), "predicate", null, 0, 1, ConditionalStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalNodeStyleEClass, ConditionalNodeStyle.class, "ConditionalNodeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConditionalNodeStyle_Style(), this.getNodeStyle(), null, "style", null, 1, 1, ConditionalNodeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalEdgeStyleEClass, ConditionalEdgeStyle.class, "ConditionalEdgeStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConditionalEdgeStyle_Style(), this.getEdgeStyle(), null, "style", null, 1, 1, ConditionalEdgeStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionalCellStyleEClass, ConditionalCellStyle.class, "ConditionalCellStyle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConditionalCellStyle_Style(), this.getCellStyle(), null, "style", null, 1, 1, ConditionalCellStyle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(filterEClass, Filter.class, "Filter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFilter_ActiveByDefault(), ecorePackage.getEBoolean(), "activeByDefault", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFilter_Mappings(), this.getDiagramElementMapping(), null, "mappings", null, 0, -1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFilter_ConditionExpression(), ecorePackage.getEString(), "conditionExpression", null, 0, 1, Filter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tableDescriptionEClass, TableDescription.class, "TableDescription", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getTableDescription_LineMappings(), this.getLineMapping(), null, "lineMappings", null, 0, -1, TableDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTableDescription_Tools(), this.getTool(), null, "tools", null, 0, -1, TableDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(editionTableDescriptionEClass, EditionTableDescription.class, "EditionTableDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEditionTableDescription_Columns(), this.getFeatureColumnMapping(), null, "columns", null, 0, -1, EditionTableDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(crossTableDescriptionEClass, CrossTableDescription.class, "CrossTableDescription", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCrossTableDescription_ColumnMappings(), this.getElementColumnMapping(), null, "columnMappings", null, 0, -1, CrossTableDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCrossTableDescription_Intersections(), this.getIntersectionMapping(), null, "intersections", null, 0, -1, CrossTableDescription.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lineMappingEClass, LineMapping.class, "LineMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLineMapping_HeaderLabelExpression(), ecorePackage.getEString(), "headerLabelExpression", null, 0, 1, LineMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLineMapping_SubLines(), this.getLineMapping(), null, "subLines", null, 0, -1, LineMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLineMapping_Style(), this.getCellStyle(), null, "style", null, 0, 1, LineMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLineMapping_ConditionalStyles(), this.getConditionalCellStyle(), null, "conditionalStyles", null, 0, -1, LineMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(featureColumnMappingEClass, FeatureColumnMapping.class, "FeatureColumnMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeatureColumnMapping_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureColumnMapping_LabelExpression(), ecorePackage.getEString(), "labelExpression", null, 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureColumnMapping_CanEdit(), ecorePackage.getEString(), "canEdit", null, 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureColumnMapping_Width(), ecorePackage.getEInt(), "width", "120", 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeatureColumnMapping_CellEditor(), this.getDirectEditTool(), null, "cellEditor", null, 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeatureColumnMapping_Style(), this.getCellStyle(), null, "style", null, 0, 1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeatureColumnMapping_ConditionalStyles(), this.getConditionalCellStyle(), null, "conditionalStyles", null, 0, -1, FeatureColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(elementColumnMappingEClass, ElementColumnMapping.class, "ElementColumnMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getElementColumnMapping_HeaderLabelExpression(), ecorePackage.getEString(), "headerLabelExpression", null, 0, 1, ElementColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getElementColumnMapping_Width(), ecorePackage.getEInt(), "width", "90", 0, 1, ElementColumnMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(intersectionMappingEClass, IntersectionMapping.class, "IntersectionMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIntersectionMapping_LineMapping(), this.getLineMapping(), null, "lineMapping", null, 1, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntersectionMapping_ColumnMapping(), this.getElementColumnMapping(), null, "columnMapping", null, 1, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntersectionMapping_LabelExpression(), ecorePackage.getEString(), "labelExpression", null, 0, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntersectionMapping_Precondition(), ecorePackage.getEString(), "precondition", null, 0, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntersectionMapping_CellEditor(), this.getDirectEditTool(), null, "cellEditor", null, 0, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntersectionMapping_Style(), this.getCellStyle(), null, "style", null, 0, 1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntersectionMapping_ConditionalStyles(), this.getConditionalCellStyle(), null, "conditionalStyles", null, 0, -1, IntersectionMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(toolEClass, Tool.class, "Tool", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTool_Precondition(), ecorePackage.getEString(), "precondition", null, 0, 1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTool_IconName(), ecorePackage.getEString(), "iconName", null, 0, 1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTool_Variables(), this.getSelectionVariable(), null, "variables", null, 0, -1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTool_Operations(), this.getModelOperation(), null, "operations", null, 0, -1, Tool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mappingToolEClass, MappingTool.class, "MappingTool", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMappingTool_Mappings(), this.getRepresentationElementMapping(), null, "mappings", null, 0, -1, MappingTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(nodeCreationToolEClass, NodeCreationTool.class, "NodeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(containerCreationToolEClass, ContainerCreationTool.class, "ContainerCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(edgeCreationToolEClass, EdgeCreationTool.class, "EdgeCreationTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(deleteToolEClass, DeleteTool.class, "DeleteTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(reconnectToolEClass, ReconnectTool.class, "ReconnectTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReconnectTool_Kind(), this.getReconnectKind(), "kind", "BOTH", 0, 1, ReconnectTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directEditToolEClass, DirectEditTool.class, "DirectEditTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDirectEditTool_EditMask(), ecorePackage.getEString(), "editMask", "{0}", 0, 1, DirectEditTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectEditTool_InputLabelExpression(), ecorePackage.getEString(), "inputLabelExpression", null, 0, 1, DirectEditTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(doubleClickToolEClass, DoubleClickTool.class, "DoubleClickTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(dropToolEClass, DropTool.class, "DropTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDropTool_DragSourceClass(), ecorePackage.getEString(), "dragSourceClass", null, 0, 1, DropTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(selectionVariableEClass, SelectionVariable.class, "SelectionVariable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSelectionVariable_CandidatesExpression(), ecorePackage.getEString(), "candidatesExpression", null, 0, 1, SelectionVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSelectionVariable_Multiple(), ecorePackage.getEBoolean(), "multiple", "true", 0, 1, SelectionVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSelectionVariable_NewElementLabel(), ecorePackage.getEString(), "newElementLabel", null, 0, 1, SelectionVariable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(modelOperationEClass, ModelOperation.class, "ModelOperation", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(containerOperationEClass, ContainerOperation.class, "ContainerOperation", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getContainerOperation_SubOperations(), this.getModelOperation(), null, "subOperations", null, 0, -1, ContainerOperation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(changeContextEClass, ChangeContext.class, "ChangeContext", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChangeContext_BrowseExpression(), ecorePackage.getEString(), "browseExpression", null, 0, 1, ChangeContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(createInstanceEClass, CreateInstance.class, "CreateInstance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCreateInstance_TypeName(), ecorePackage.getEString(), "typeName", null, 0, 1, CreateInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCreateInstance_ReferenceName(), ecorePackage.getEString(), "referenceName", null, 0, 1, CreateInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCreateInstance_VariableName(), ecorePackage.getEString(), "variableName", "instance", 0, 1, CreateInstance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(setValueEClass, SetValue.class, "SetValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSetValue_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, SetValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSetValue_ValueExpression(), ecorePackage.getEString(), "valueExpression", null, 0, 1, SetValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(unsetEClass, Unset.class, "Unset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUnset_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, Unset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUnset_ElementExpression(), ecorePackage.getEString(), "elementExpression", null, 0, 1, Unset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addValueEClass, AddValue.class, "AddValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddValue_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, AddValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddValue_ValueExpression(), ecorePackage.getEString(), "valueExpression", null, 0, 1, AddValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddValue_IndexExpression(), ecorePackage.getEString(), "indexExpression", null, 0, 1, AddValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(removeValueEClass, RemoveValue.class, "RemoveValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRemoveValue_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, RemoveValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemoveValue_ValueExpression(), ecorePackage.getEString(), "valueExpression", null, 0, 1, RemoveValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(moveElementEClass, MoveElement.class, "MoveElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMoveElement_NewContainerExpression(), ecorePackage.getEString(), "newContainerExpression", null, 0, 1, MoveElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMoveElement_FeatureName(), ecorePackage.getEString(), "featureName", null, 0, 1, MoveElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMoveElement_IndexExpression(), ecorePackage.getEString(), "indexExpression", null, 0, 1, MoveElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deleteElementEClass, DeleteElement.class, "DeleteElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeleteElement_ElementExpression(), ecorePackage.getEString(), "elementExpression", null, 0, 1, DeleteElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ifEClass, If.class, "If", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIf_ConditionExpression(), ecorePackage.getEString(), "conditionExpression", null, 0, 1, If.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(forEachEClass, ForEach.class, "ForEach", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getForEach_Expression(), ecorePackage.getEString(), "expression", null, 0, 1, ForEach.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForEach_IteratorName(), ecorePackage.getEString(), "iteratorName", "i", 0, 1, ForEach.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(letEClass, Let.class, "Let", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLet_VariableName(), ecorePackage.getEString(), "variableName", null, 0, 1, Let.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLet_ValueExpression(), ecorePackage.getEString(), "valueExpression", null, 0, 1, Let.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(diagramLayoutEEnum, DiagramLayout.class, "DiagramLayout");
		addEEnumLiteral(diagramLayoutEEnum, DiagramLayout.FREE);
		addEEnumLiteral(diagramLayoutEEnum, DiagramLayout.LANE_GRID);
		addEEnumLiteral(diagramLayoutEEnum, DiagramLayout.LAYERED);

		initEEnum(containerArrangementEEnum, ContainerArrangement.class, "ContainerArrangement");
		addEEnumLiteral(containerArrangementEEnum, ContainerArrangement.FREE);
		addEEnumLiteral(containerArrangementEEnum, ContainerArrangement.STACKED);
		addEEnumLiteral(containerArrangementEEnum, ContainerArrangement.LANE);

		initEEnum(shapeKindEEnum, ShapeKind.class, "ShapeKind");
		addEEnumLiteral(shapeKindEEnum, ShapeKind.RECTANGLE);
		addEEnumLiteral(shapeKindEEnum, ShapeKind.ROUNDED);
		addEEnumLiteral(shapeKindEEnum, ShapeKind.ELLIPSE);
		addEEnumLiteral(shapeKindEEnum, ShapeKind.DIAMOND);
		addEEnumLiteral(shapeKindEEnum, ShapeKind.NOTE);
		addEEnumLiteral(shapeKindEEnum, ShapeKind.ICON);

		initEEnum(labelPositionEEnum, LabelPosition.class, "LabelPosition");
		addEEnumLiteral(labelPositionEEnum, LabelPosition.INSIDE);
		addEEnumLiteral(labelPositionEEnum, LabelPosition.BELOW);

		initEEnum(lineStyleEEnum, LineStyle.class, "LineStyle");
		addEEnumLiteral(lineStyleEEnum, LineStyle.SOLID);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DASH);
		addEEnumLiteral(lineStyleEEnum, LineStyle.DOT);

		initEEnum(arrowKindEEnum, ArrowKind.class, "ArrowKind");
		addEEnumLiteral(arrowKindEEnum, ArrowKind.NONE);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.ARROW);
		addEEnumLiteral(arrowKindEEnum, ArrowKind.TRIANGLE);

		initEEnum(reconnectKindEEnum, ReconnectKind.class, "ReconnectKind");
		addEEnumLiteral(reconnectKindEEnum, ReconnectKind.SOURCE);
		addEEnumLiteral(reconnectKindEEnum, ReconnectKind.TARGET);
		addEEnumLiteral(reconnectKindEEnum, ReconnectKind.BOTH);

		initEEnum(ruleSeverityEEnum, RuleSeverity.class, "RuleSeverity");
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.ERROR);
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.WARNING);
		addEEnumLiteral(ruleSeverityEEnum, RuleSeverity.INFO);

		initEEnum(edgeRoutingEEnum, EdgeRouting.class, "EdgeRouting");
		addEEnumLiteral(edgeRoutingEEnum, EdgeRouting.STRAIGHT);
		addEEnumLiteral(edgeRoutingEEnum, EdgeRouting.ORTHOGONAL);
		addEEnumLiteral(edgeRoutingEEnum, EdgeRouting.SMOOTH);

		// Create resource
		createResource(eNS_URI);
	}

} //ViewpointPackageImpl
