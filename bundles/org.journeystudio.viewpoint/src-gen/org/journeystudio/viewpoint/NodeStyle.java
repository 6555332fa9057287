/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a node looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getHeightExpression <em>Height Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getIconExpression <em>Icon Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.NodeStyle#getLabelPosition <em>Label Position</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends Style {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.ShapeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.journeystudio.viewpoint.ShapeKind
	 * @see #setShape(ShapeKind)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_Shape()
	 * @model
	 * @generated
	 */
	ShapeKind getShape();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.journeystudio.viewpoint.ShapeKind
	 * @see #getShape()
	 * @generated
	 */
	void setShape(ShapeKind value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * The default value is <code>"#ffffff"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_FillColor()
	 * @model default="#ffffff"
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#5f6368"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_BorderColor()
	 * @model default="#5f6368"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Size</em>' attribute.
	 * @see #setBorderSize(int)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_BorderSize()
	 * @model default="1"
	 * @generated
	 */
	int getBorderSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getBorderSize <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Size</em>' attribute.
	 * @see #getBorderSize()
	 * @generated
	 */
	void setBorderSize(int value);

	/**
	 * Returns the value of the '<em><b>Border Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Style</em>' attribute.
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @see #setBorderStyle(LineStyle)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_BorderStyle()
	 * @model
	 * @generated
	 */
	LineStyle getBorderStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getBorderStyle <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Style</em>' attribute.
	 * @see org.journeystudio.viewpoint.LineStyle
	 * @see #getBorderStyle()
	 * @generated
	 */
	void setBorderStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The width in pixels; a default size when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width Expression</em>' attribute.
	 * @see #setWidthExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_WidthExpression()
	 * @model
	 * @generated
	 */
	String getWidthExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getWidthExpression <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Expression</em>' attribute.
	 * @see #getWidthExpression()
	 * @generated
	 */
	void setWidthExpression(String value);

	/**
	 * Returns the value of the '<em><b>Height Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The height in pixels; computed from the label when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height Expression</em>' attribute.
	 * @see #setHeightExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_HeightExpression()
	 * @model
	 * @generated
	 */
	String getHeightExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getHeightExpression <em>Height Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height Expression</em>' attribute.
	 * @see #getHeightExpression()
	 * @generated
	 */
	void setHeightExpression(String value);

	/**
	 * Returns the value of the '<em><b>Icon Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The name of an icon shown before the label (or as the shape, for ICON).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon Expression</em>' attribute.
	 * @see #setIconExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_IconExpression()
	 * @model
	 * @generated
	 */
	String getIconExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getIconExpression <em>Icon Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon Expression</em>' attribute.
	 * @see #getIconExpression()
	 * @generated
	 */
	void setIconExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label Position</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.LabelPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Position</em>' attribute.
	 * @see org.journeystudio.viewpoint.LabelPosition
	 * @see #setLabelPosition(LabelPosition)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getNodeStyle_LabelPosition()
	 * @model
	 * @generated
	 */
	LabelPosition getLabelPosition();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.NodeStyle#getLabelPosition <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Position</em>' attribute.
	 * @see org.journeystudio.viewpoint.LabelPosition
	 * @see #getLabelPosition()
	 * @generated
	 */
	void setLabelPosition(LabelPosition value);

} // NodeStyle
