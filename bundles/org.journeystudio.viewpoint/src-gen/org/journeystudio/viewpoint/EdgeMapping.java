/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to edges between views of its source and target mappings. Relation-based (default): one edge per element that targetFinderExpression returns for a source view's element. Element-based (useDomainElement): one edge per candidate element, its ends found by the two finder expressions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#isUseDomainElement <em>Use Domain Element</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_SourceMappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_TargetMappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Use Domain Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Domain Element</em>' attribute.
	 * @see #setUseDomainElement(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_UseDomainElement()
	 * @model
	 * @generated
	 */
	boolean isUseDomainElement();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeMapping#isUseDomainElement <em>Use Domain Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Domain Element</em>' attribute.
	 * @see #isUseDomainElement()
	 * @generated
	 */
	void setUseDomainElement(boolean value);

	/**
	 * Returns the value of the '<em><b>Source Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Element-based: the semantic source of the edge element self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #setSourceFinderExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_SourceFinderExpression()
	 * @model
	 * @generated
	 */
	String getSourceFinderExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeMapping#getSourceFinderExpression <em>Source Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Finder Expression</em>' attribute.
	 * @see #getSourceFinderExpression()
	 * @generated
	 */
	void setSourceFinderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Finder Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The semantic target(s): of the source element (relation-based) or of the edge element (element-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #setTargetFinderExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_TargetFinderExpression()
	 * @model
	 * @generated
	 */
	String getTargetFinderExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeMapping#getTargetFinderExpression <em>Target Finder Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Finder Expression</em>' attribute.
	 * @see #getTargetFinderExpression()
	 * @generated
	 */
	void setTargetFinderExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ConditionalEdgeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getEdgeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalEdgeStyle> getConditionalStyles();

} // EdgeMapping
