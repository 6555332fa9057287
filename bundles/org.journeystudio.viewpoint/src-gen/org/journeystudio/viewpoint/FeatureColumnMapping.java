/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column showing one feature of each line element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCanEdit <em>Can Edit</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getWidth <em>Width</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCellEditor <em>Cell Editor</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.FeatureColumnMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping()
 * @model
 * @generated
 */
public interface FeatureColumnMapping extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The feature shown and edited; checked against the line classes when the specification is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_FeatureName()
	 * @model
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The cell text; self is the line element. When empty, the feature value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Can Edit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Whether the cell can be edited; when empty, whether the feature is changeable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Can Edit</em>' attribute.
	 * @see #setCanEdit(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_CanEdit()
	 * @model
	 * @generated
	 */
	String getCanEdit();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCanEdit <em>Can Edit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Can Edit</em>' attribute.
	 * @see #getCanEdit()
	 * @generated
	 */
	void setCanEdit(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"120"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_Width()
	 * @model default="120"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Cell Editor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Replaces the default edit (set the feature) when present.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Editor</em>' containment reference.
	 * @see #setCellEditor(DirectEditTool)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_CellEditor()
	 * @model containment="true"
	 * @generated
	 */
	DirectEditTool getCellEditor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getCellEditor <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cell Editor</em>' containment reference.
	 * @see #getCellEditor()
	 * @generated
	 */
	void setCellEditor(DirectEditTool value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(CellStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	CellStyle getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.FeatureColumnMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(CellStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.ConditionalCellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getFeatureColumnMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalCellStyle> getConditionalStyles();

} // FeatureColumnMapping
